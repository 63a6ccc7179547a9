/** 138****5678: enough to confirm with the person at the desk, not enough to call them. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.length <= 4) return '*'.repeat(digits.length);
  if (digits.length < 8) return `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`;
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** 110101********1234 for PRC IDs; other documents keep two characters at each end. */
export function maskIdNumber(id: string, type: 'prcId' | 'passport' | 'other'): string {
  if (type === 'prcId' && id.length === 18)
    return `${id.slice(0, 6)}${'*'.repeat(8)}${id.slice(-4)}`;
  if (id.length <= 4) return '*'.repeat(id.length);
  return `${id.slice(0, 2)}${'*'.repeat(id.length - 4)}${id.slice(-2)}`;
}
