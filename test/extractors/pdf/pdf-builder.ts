// Builds small, valid PDF files from page content streams, for extractor tests that need to
// control exactly what is drawn (rules, fills, text positions). Text uses the standard
// Helvetica font as /F1 (pdf.js reads it from its bundled standard fonts, no network).

export interface BuildOptions {
  /** Page size in points (default A4). */
  size?: [number, number];
  /** Info /Title, written as UTF-16BE so it can hold Chinese. */
  title?: string;
  /** Add a standard-security-handler /Encrypt dictionary whose user password is not empty. */
  encrypted?: boolean;
}

export function buildPdf(pages: string[], options: BuildOptions = {}): Uint8Array {
  const [w, h] = options.size ?? [595, 842];
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add("<< /Type /Catalog /Pages 2 0 R >>");
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(" ");
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  pages.forEach((content, i) => {
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    add(`<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`);
  });
  let trailerExtra = "";
  if (options.title !== undefined) {
    add(`<< /Title <FEFF${utf16beHex(options.title)}> >>`);
    trailerExtra += ` /Info ${objects.length} 0 R`;
  }
  if (options.encrypted) {
    const filler = "A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90";
    add(`<< /Filter /Standard /V 1 /R 2 /O <${filler}> /U <${filler.split("").reverse().join("")}> /P -44 >>`);
    trailerExtra += ` /Encrypt ${objects.length} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]`;
  }
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

function utf16beHex(s: string): string {
  let hex = "";
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, "0").toUpperCase();
  return hex;
}
