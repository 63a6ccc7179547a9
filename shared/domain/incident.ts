/**
 * Incident reports (突发事件报告, issue 12): an injured or unwell member, damage, a security
 * event. The report is written at the desk, acknowledged by the member's drawn signature
 * (as a waiver is), followed up by calls and printed for management.
 */
export const INCIDENT_KINDS = ['injury', 'illness', 'property', 'security', 'other'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_GENDERS = ['female', 'male', 'unspecified'] as const;
export type IncidentGender = (typeof INCIDENT_GENDERS)[number];
