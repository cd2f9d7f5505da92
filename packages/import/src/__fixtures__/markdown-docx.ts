// Test helper: a Markdown plan text as a Word document — bold lines as bold runs,
// "#" lines as headings, every other line a paragraph (bullets typed as "- ",
// as offices do) — and as a saved web page.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

function lines(markdown: string): Array<{ text: string; bold: boolean; heading: number }> {
  return markdown.split('\n').flatMap((line) => {
    let t = line.trim();
    if (t === '') return [];
    let heading = 0;
    const h = /^(#{1,6})\s+(.*)$/.exec(t);
    if (h) {
      heading = Math.min(h[1]!.length, 4);
      t = h[2]!;
    }
    const bold = /^\*\*(.*)\*\*$/.exec(t);
    return [{ text: (bold ? bold[1]! : t).replace(/\*([^*]+)\*/g, '$1'), bold: !!bold, heading }];
  });
}

/** The Markdown text as a .docx file. */
export async function docxFromMarkdown(markdown: string): Promise<Uint8Array> {
  const children = lines(markdown).map(
    (l) => new Paragraph({ ...(l.heading ? { heading: HEADINGS[l.heading - 1]! } : {}), children: [new TextRun({ text: l.text, bold: l.bold, font: 'Times New Roman', size: 28 })] }),
  );
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The Markdown text as a saved web page: site navigation and scripts around the document. */
export function htmlFromMarkdown(markdown: string): string {
  const body = lines(markdown)
    .filter((l) => !/^\d{1,3}$/.test(l.text))
    .map((l) => (l.heading ? `<h${l.heading}>${esc(l.text)}</h${l.heading}>` : l.bold ? `<p><strong>${esc(l.text)}</strong></p>` : `<p>${esc(l.text)}</p>`))
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Văn bản</title><style>p{margin:0}</style><script>var x = "<p>KẾ HOẠCH</p>";</script></head>
<body><nav><ul><li>Trang chủ</li><li>Văn bản</li></ul></nav><div class="content">${body}</div><footer><p>Bản quyền</p></footer></body></html>`;
}
