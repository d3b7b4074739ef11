// CO2.js ships no type declarations: the part of its API the digital model's tests call.
declare module "@tgwf/co2" {
  type TSegmentIntensity = { country: string } | { value: number };
  export class co2 {
    constructor(options: { model: "swd"; version: 4; results?: "segment" });
    perByteTrace(
      bytes: number,
      green: boolean,
      options?: {
        gridIntensity?: { device?: TSegmentIntensity; network?: TSegmentIntensity; dataCenter?: TSegmentIntensity };
      },
    ): { co2: Record<string, number> };
  }
}
