// unzipper ships no type declarations; these are the parts lib/files/xlsx.ts uses (its Open API reads
// a zip through its central directory).
declare module "unzipper" {
  import type { Readable } from "node:stream";

  export type CentralDirectoryEntry = {
    path: string;
    type: "File" | "Directory";
    crc32: number;
    uncompressedSize: number;
    stream(password?: string): Readable;
  };
  export type CentralDirectory = { files: CentralDirectoryEntry[] };

  const unzipper: { Open: { file(path: string): Promise<CentralDirectory> } };
  export default unzipper;
}
