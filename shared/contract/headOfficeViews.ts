/** The kinds of bundle (electron/headOffice/bundle.ts BUNDLE_KINDS; shared cannot import it). */
export type BundleKindName =
  'handover' | 'dayFigures' | 'complaint' | 'incident' | 'auditHead' | 'backupStatus';

/** 总部登记: what the branch admin copies to head office, and what both sides compare. */
export interface BranchIdentityView {
  siteId: string;
  publicKeyPem: string;
  /** SHA-256 of the public key in 8 groups of 4, read aloud to head office. */
  fingerprint: string;
  /** base64url of the canonical JSON {siteId, siteName, publicKeyPem}. */
  enrolmentCode: string;
  createdAt: number;
  enrolledAt: number | null;
}

/** The outbox: numbered, signed bundles for head office. */
export interface BranchOutboxView {
  nextSeq: number;
  /** Bundles not yet pushed (to PostgreSQL or in a file). */
  pending: number;
  lastPushedAt: number | null;
  byKind: Record<BundleKindName, number>;
}

/** 总部连接: what the admin set; the password only as "set", never its text. */
export interface HeadOfficeSettingsView {
  configured: boolean;
  host: string;
  port: number;
  database: string;
  roleName: string;
  passwordSet: boolean;
  caPem: string | null;
  /** Head office's public key for offline files (dkho1_…). */
  publicKey: string | null;
  sharePersonalData: boolean;
  /** Minutes between automatic pushes once configured. */
  pushEveryMinutes: number;
  lastAttemptAt: number | null;
  lastOutcome: 'ok' | 'failed' | null;
  lastReason: string | null;
}
