// Why a claim cannot be written as an 837. The scrubber reports these as issues before a batch is
// made; reaching the builder with one is a defect upstream, so the builder refuses the whole file
// rather than send a claim that misstates what was done.

export class EdiBuildError extends Error {
  constructor(
    message: string,
    /** The claim at fault, or null for the envelope. */
    readonly claimId: string | null,
    /** Where in the claim (or envelope), in ClaimIssue's dot notation: `lines.3.revenueCode`. */
    readonly path: string,
  ) {
    super(`${claimId ? `claim ${claimId}` : 'envelope'} ${path}: ${message}`);
    this.name = 'EdiBuildError';
  }
}
