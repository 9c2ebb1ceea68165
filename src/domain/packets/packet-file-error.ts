/** Why a packet or labels file was refused, naming the file and the reason; nothing was stored. */
export class PacketFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly reason: string,
  ) {
    super(`“${fileName}” was refused: ${reason}. Nothing was stored.`);
    this.name = 'PacketFileError';
  }
}
