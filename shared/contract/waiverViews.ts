/** The active waiver text; version 0 is the built-in default. */
export interface WaiverText {
  version: number;
  title: string;
  body: string;
  /** True when this is the built-in default, not yet configured by the site. */
  builtIn: boolean;
}

export interface WaiverStatus {
  signed: boolean;
  /** The latest signature, for a supervisor to look at. */
  waiverId: string | null;
  signedAt: number | null;
  textVersion: number | null;
  /** Signed the version that is active now. */
  current: boolean;
}

export interface WaiverSigned {
  id: string;
  signedAt: number;
  textVersion: number;
}

export interface WaiverSignature {
  waiverId: string;
  clientId: string | null;
  signerName: string;
  signedAt: number;
  textVersion: number;
  dataUrl: string;
}
