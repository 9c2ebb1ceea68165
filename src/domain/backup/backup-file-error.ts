/** Why a backup file was refused: every problem found, in words. */
export class BackupFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`The backup file was refused: ${problems[0] ?? 'unknown problem'}`);
    this.name = 'BackupFileError';
  }
}
