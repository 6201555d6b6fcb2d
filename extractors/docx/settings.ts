// Limits of the DOCX extractor, named so a batch run can see (and a test can lower) each one.

export interface DocxSettings {
  /** Refuse a package part whose declared uncompressed size is above this (zip-bomb guard). */
  maxPartBytes: number;
  /** Longest w:basedOn chain followed when resolving a paragraph style (guards style cycles). */
  maxStyleChain: number;
}

export const defaultDocxSettings: DocxSettings = {
  maxPartBytes: 200 * 1024 * 1024,
  maxStyleChain: 16,
};
