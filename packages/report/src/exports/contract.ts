// CONTRACT.md: the validation contract in words, written by `dvcq schema --out DIR`
// beside the JSON Schemas, rules.json and the vectors — enough to implement the checks
// in Java, .NET, PHP or Python without reading this package. Numbers and tables come
// from the code (LIMITS, STRUCTURAL_CODES, BLANK_RANGES, DATE_RANGE, the rule set), so
// the text cannot drift from what validateReport does; the conformance vectors and
// examples/python-backend (an implementation of this text) check it.
import type { Plan } from '@dvcq/core';
import { legacyDetectionTables } from '@dvcq/core/legacy';
import { LIMITS } from '../text/limits';
import { STRUCTURAL_CODES } from '../validate/structural-codes';
import { BLANK_RANGES, NON_BLANK_PATTERN } from '../submission/shape';
import { DATE_RANGE } from '../rules/days';
import { REPORT_NUMBER_PATTERN } from '../text/text-checks';
import type { JsonLogic } from '../rules/logic';
import type { RuleSet } from '../rules/rule';

const _n = (x: number): string => String(x).replace(/\B(?=(?:\d{3})+$)/g, ' ');
const _hex = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** The JSON Logic operators a rule set uses, sorted. */
function _operators(rules: RuleSet): string[] {
  const ops = new Set<string>();
  const walk = (l: JsonLogic): void => {
    if (Array.isArray(l)) l.forEach(walk);
    else if (l !== null && typeof l === 'object')
      for (const [k, v] of Object.entries(l)) {
        ops.add(k);
        walk(v);
      }
  };
  for (const r of rules.rules) walk(r.logic);
  return [...ops].sort();
}

/** Các mục của CONTRACT.md — the anchors of CONTRACT.md, in order. */
export const CONTRACT_SECTIONS = [
  'files', 'overview', 'json-input', 'input-guard', 'json-schema', 'regex', 'nfc', 'clock', 'dates', 'context',
  'rules', 'json-logic', 'text-checks', 'legacy-encoding', 'syllables', 'verdict', 'vectors',
] as const;

/**
 * Hợp đồng kiểm tra — the text of CONTRACT.md for a plan's export.
 * @param plan - the plan exported
 * @param rules - its rule set (`buildRules(plan)`)
 * @returns Markdown, Vietnamese first with English beside
 */
export function contractMarkdown(plan: Plan, rules: RuleSet): string {
  const ops = _operators(rules);
  const codes = Object.entries(STRUCTURAL_CODES).map(([k, c]) => `| \`${k}\` | \`${c}\` |`).join('\n');
  const blanks = BLANK_RANGES.map(([a, b]) => (a === b ? _hex(a) : `${_hex(a)}–${_hex(b)}`)).join(', ');
  const readTypes = [...new Set(rules.rules.flatMap((r) => r.reads.map((x) => x.type)))].sort();
  return `# Hợp đồng kiểm tra báo cáo / Report validation contract — \`${plan.id}\`

Tệp này do \`dvcq schema --out DIR\` viết, cùng các tệp bên dưới. Nó mô tả đủ để viết lại việc kiểm tra
báo cáo bằng ngôn ngữ khác (Java, .NET, PHP, Python…) mà không cần đọc mã TypeScript: một báo cáo là
hợp lệ hay không, với những vấn đề nào (mã, JSON Pointer, mức độ), phải giống hệt \`validateReport\` của
\`@dvcq/report\`. Các vector kiểm thử trong \`vectors/\` là thước đo.

*Written by \`dvcq schema --out DIR\` with the files below. It says enough to re-implement report
validation in another language (Java, .NET, PHP, Python…) without reading the TypeScript: whether a
report is valid, and with which issues (code, JSON Pointer, severity), must be exactly what
\`validateReport\` of \`@dvcq/report\` says. The vectors in \`vectors/\` are the yardstick.*

<a id="files"></a>
## 1. Tệp / Files

| tệp / file | nội dung / content |
|---|---|
| \`report.schema.json\`, \`report.draft-07.schema.json\` | JSON Schema 2020-12 / draft-07 của báo cáo (chỉ cấu trúc) / the report's shape |
| \`rules.json\` | quy tắc liên trường (JSON Logic), bảng ngữ cảnh, kiểm tra văn bản, bảng từ khóa → mã, dữ liệu dò bảng mã cũ / cross-field rules, context tables, text checks, keyword → code table, legacy-encoding data |
| \`vectors/*.json\` | vector kiểm thử: đầu vào, chế độ, đồng hồ, kết quả mong đợi / conformance vectors |
| \`report.d.ts\`, \`plan.schema.json\` | kiểu TypeScript; lược đồ tệp kế hoạch / TypeScript types; the plan file schema |

<a id="overview"></a>
## 2. Trình tự / Order of the checks

1. Đọc JSON (§3) và chặn đầu vào quá cỡ (§4). Nếu có vấn đề ở bước này: chỉ trả các vấn đề đó, dừng.
   *Read the JSON (§3) and run the input guard (§4). Any issue there: return only those, stop.*
2. Kiểm tra cấu trúc bằng JSON Schema, báo mọi lỗi (§5). *Shape, with every error (§5).*
3. Dựng **bản NFC** của báo cáo (§7); kiểm tra văn bản (§13). *Build the **NFC view** (§7); text checks (§13).*
4. Dựng ngữ cảnh (§10) và chạy mọi quy tắc của chế độ trên bản NFC (§11, §12), **dù bước 2 có lỗi**.
   *Build the context (§10) and run every rule of the mode on the NFC view (§11, §12), **even when step 2 found errors**.*
5. Kết luận (§16). *Verdict (§16).*

Chế độ / mode: \`draft\` (bản nháp) hoặc / or \`final\` (nộp chính thức). Ngôn ngữ thông điệp / message language: \`vi\`, \`en\`.

<a id="json-input"></a>
## 3. Đọc JSON / Reading the JSON

- Văn bản JSON theo RFC 8259, mã hóa UTF-8, **không có BOM** (BOM ở đầu là lỗi cú pháp). Văn bản dài hơn
  **${_n(LIMITS.jsonText)} byte UTF-8** → \`input.too-large\`, đường dẫn \`""\` (kiểm trước khi đọc).
  *RFC 8259 JSON text in UTF-8, **no BOM** (a leading BOM is a syntax error). Longer than ${_n(LIMITS.jsonText)} UTF-8 bytes → \`input.too-large\` at \`""\`, checked before parsing.*
- Không đọc được → \`input.json-syntax\` tại \`""\`. \`NaN\`, \`Infinity\`, \`-Infinity\` không phải JSON (Python: \`json.loads(..., parse_constant=...)\` phải báo lỗi).
  *Unparseable → \`input.json-syntax\` at \`""\`. \`NaN\`/\`Infinity\` literals are not JSON (Python: reject them with \`parse_constant\`).*
- Khóa trùng: **khóa sau cùng thắng** (như \`JSON.parse\`, Python \`json\`). *Duplicate keys: **the last one wins**.*
- Số là số thực IEEE-754 64 bit: một số JSON được đọc thành số double gần nhất (số nguyên lớn hơn 2^53 mất chính xác như trong
  JavaScript). Một số vượt phạm vi double (ví dụ \`1e400\`) → \`input.json-syntax\` tại đường dẫn của số đó (§4).
  *Numbers are IEEE-754 doubles: a JSON number reads as the nearest double (integers above 2^53 lose precision as in
  JavaScript). A number outside the double range (e.g. \`1e400\`) → \`input.json-syntax\` at that number's pointer (§4).*
- Đường dẫn là JSON Pointer (RFC 6901): \`~\` → \`~0\`, \`/\` → \`~1\`; gốc là \`""\`. *Paths are RFC 6901 JSON Pointers; the root is \`""\`.*

<a id="input-guard"></a>
## 4. Chặn đầu vào / Input guard

Chạy trên giá trị đã đọc, trước lược đồ, regex hay quy tắc. *Runs on the parsed value, before any schema, regex or rule.*

1. **Đếm giá trị**: gốc và mọi giá trị bên dưới (đối tượng, mảng, chuỗi, số, true/false, null; khóa không phải giá trị).
   Hơn **${_n(LIMITS.nodes)}** → một vấn đề \`input.too-many-values\` tại \`""\`, dừng.
   *Count the values: the root and every value under it (keys are not values). More than ${_n(LIMITS.nodes)} → one \`input.too-many-values\` at \`""\`, stop.*
2. **Duyệt** từ gốc; **độ sâu** của một giá trị = số đoạn của JSON Pointer của nó (gốc: 0). Báo **mọi** vi phạm:
   *Walk from the root; the **depth** of a value is the number of segments of its pointer (root: 0). Report **every** violation:*

| điều kiện / condition | mã / code | đường dẫn / path |
|---|---|---|
| số không hữu hạn / a non-finite number | \`input.json-syntax\` | số đó / the number |
| chuỗi dài hơn ${_n(LIMITS.string)} **đơn vị mã UTF-16** / a string over ${_n(LIMITS.string)} **UTF-16 code units** | \`input.string-too-long\` | chuỗi đó / the string |
| đối tượng hoặc mảng ở độ sâu ≥ ${LIMITS.depth} / an object or array at depth ≥ ${LIMITS.depth} | \`input.too-deep\` | nó / itself |
| mảng hơn ${_n(LIMITS.array)} phần tử / an array over ${_n(LIMITS.array)} items | \`input.array-too-long\` | mảng / the array |
| đối tượng hơn ${LIMITS.keys} khóa / an object over ${LIMITS.keys} keys | \`input.too-many-keys\` | đối tượng / the object |
| đối tượng có khóa dài hơn ${LIMITS.key} đơn vị UTF-16 / an object with a key over ${LIMITS.key} UTF-16 units | \`input.string-too-long\` | **đối tượng** / **the object** |

Một đối tượng hay mảng có vi phạm của chính nó (ba dòng cuối) thì không duyệt vào trong; các kiểm tra của nó theo thứ tự bảng,
dừng ở vi phạm đầu tiên của nó. Kết quả là một **tập** vấn đề (không phụ thuộc thứ tự khóa).
*An object or array with a violation of its own (last three rows) is not walked into; its checks run in the table's order and
stop at its first violation. The result is a **set** of issues (independent of key order).*

Đơn vị UTF-16: ký tự ngoài BMP (U+10000 trở lên) tính 2. Java/.NET: \`String.length\`; Python: \`sum(2 if ord(c) > 0xFFFF else 1 for c in s)\`.
*UTF-16 units: a character above U+FFFF counts 2.*

<a id="json-schema"></a>
## 5. Cấu trúc: JSON Schema / Shape: JSON Schema

Kiểm tra báo cáo bằng \`report.schema.json\` (hoặc bản draft-07) với một bộ kiểm tra **báo mọi lỗi** (Ajv \`allErrors\`,
Python \`iter_errors\`, networknt, opis/json-schema, JsonSchema.Net). Mỗi từ khóa không đạt là **một** vấn đề — một giá trị
có thể vi phạm hai từ khóa (\`-1.5\` cho một số đếm: \`type\` và \`minimum\`; 301 dấu cách: \`maxLength\` và \`pattern\`).
Lược đồ chỉ dùng các từ khóa trong bảng; \`enum\` không có \`type\` đi kèm (một giá trị ngoài danh sách, dù là số, là một lỗi \`enum\`).
*Validate with a validator reporting **all errors**. Each failed keyword is **one** issue — one value may fail two. The schema uses
only the keywords below; \`enum\` has no \`type\` beside it.*

| từ khóa / keyword | mã / code |
|---|---|
${codes}

- \`required\`: một vấn đề **cho mỗi thuộc tính thiếu**, đường dẫn = đối tượng + \`/\` + tên thuộc tính (không phải đối tượng).
  *one issue **per missing property**, at the object's pointer + \`/\` + the property name.*
- \`additionalProperties\` (luôn \`false\`): một vấn đề **cho mỗi khóa lạ**, tại đường dẫn của khóa đó (Python gộp chúng thành một lỗi:
  tự liệt kê các khóa không có trong \`properties\`). *one issue **per unknown key**, at that key's pointer (Python reports one error for
  all: list the keys not in \`properties\` yourself).*
- Mọi từ khóa khác: tại \`instancePath\` của lỗi. \`properties\`, \`items\`, \`$ref\` không tự sinh vấn đề. Từ khóa không có trong bảng
  (lược đồ không dùng) → \`schema.invalid\`. *Every other keyword: at the error's instance path. Carrier keywords raise nothing;
  a keyword outside the table → \`schema.invalid\`.*
- \`minLength\`/\`maxLength\` đếm **điểm mã Unicode** (như JSON Schema quy định), khác với §4. *count **code points**, unlike §4.*
- Kiểu \`integer\`: số có phần thập phân bằng 0 (\`2.0\` là số nguyên). *An integer is a number with a zero fraction.*

Mọi vấn đề cấu trúc có mức độ \`error\`. *Every shape issue is an \`error\`.*

<a id="regex"></a>
## 6. Biểu thức chính quy / Regular expressions

Mọi mẫu trong tệp xuất dùng **một tập con khả chuyển**: ký tự viết thẳng (không dấu \`\\\`, không \`.\`, \`^\`, \`$\`), lớp \`[…]\` và
\`[^…]\` gồm ký tự viết thẳng và khoảng \`a-z\`, nhóm \`(?:…)\`, \`|\`, và \`?\` \`*\` \`+\` \`{n}\` \`{n,m}\`. Vì vậy không có khác biệt giữa
ECMAScript, Java, .NET, PCRE (PHP: thêm cờ \`u\`) và Python về \`\\d\` (chữ số toàn chiều rộng), \`\\s\` (U+FEFF, U+0085) hay \`$\`
(trước dấu xuống dòng cuối). *Every exported pattern uses a **portable subset**: literal characters (no \`\\\`, \`.\`, \`^\`, \`$\`),
classes of literal characters and ranges, \`(?:…)\`, \`|\`, and \`? * + {n} {n,m}\` — so \`\\d\`, \`\\s\` and \`$\` differences between
engines never arise (PHP: add the \`u\` flag).*

- \`pattern\` của JSON Schema **tìm** (khớp ở bất kỳ đâu). Mẫu duy nhất là "có một ký tự không trống" (xem §13).
  *JSON Schema \`pattern\` **searches**. The only one is "holds a non-blank character".*
- Mẫu của kiểm tra văn bản (\`rules.json#/textChecks\`) phải **khớp toàn bộ chuỗi**: Python \`re.fullmatch\`, Java \`matches()\`,
  .NET/PCRE \`\\A(?:…)\\z\`, ECMAScript \`^(?:…)$\` không có cờ \`m\`. Một dấu xuống dòng ở cuối làm chuỗi không khớp.
  *Text-check patterns must match the **whole** string; a final newline fails.*
- Ký tự trống / blank characters: ${blanks}. Mẫu / pattern (as JSON text): \`${JSON.stringify(NON_BLANK_PATTERN).slice(1, -1).replace(/[^\x20-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))}\`.

<a id="nfc"></a>
## 7. Chuẩn hóa NFC / NFC normalization

**Bản NFC** của báo cáo = báo cáo với mọi **giá trị** chuỗi thay bằng dạng chuẩn hóa Unicode NFC của nó (khóa giữ nguyên).
Quy tắc (§11) và kiểm tra mẫu (§13) đọc bản NFC: "PHÓ GIÁM ĐỐC" gõ dạng NFD vẫn là "PHÓ". Kiểm tra \`text.not-nfc\` và dò bảng mã
cũ đọc chuỗi **như đã gõ**. Lược đồ (§5) kiểm tra giá trị như đã gõ.
*The **NFC view** = the report with every string **value** in NFC (keys unchanged). Rules and pattern checks read the NFC view;
\`text.not-nfc\` and the legacy-encoding check read the strings **as typed**; the schema checks the value as typed.*

<a id="clock"></a>
## 8. Đồng hồ và số ngày / The clock and day numbers

- Việt Nam dùng UTC+7 quanh năm (\`rules.json#/context/utcOffsetMinutes\` = 420). *Việt Nam is UTC+7 all year.*
- \`now\` (thời điểm kiểm tra) là ISO 8601: có múi giờ (\`Z\`, \`+07:00\`) thì là đúng thời điểm đó; **không có múi giờ**
  (\`2026-06-20T08:00:00\`) là **giờ Việt Nam**; chỉ có ngày (\`2026-06-20\`) là **00:00 giờ Việt Nam** của ngày đó.
  *\`now\` is ISO 8601: with an offset it is that instant; **without one** it is **Vietnam time**; a date alone is **00:00 Vietnam time**.*
- **Số ngày** của ngày \`YYYY-MM-DD\` = số ngày kể từ 1970-01-01 theo lịch Gregory (1970-01-01 → 0). \`today\` = ⌊(epoch ms của \`now\` +
  420 × 60 000) / 86 400 000⌋. *The **day number** of a date = days since 1970-01-01 (proleptic Gregorian). \`today\` = ⌊(epoch ms of
  \`now\` + 420 × 60 000) / 86 400 000⌋.*

<a id="dates"></a>
## 9. Ngày / Dates

Một ngày hợp lệ là chuỗi đúng 10 ký tự \`[0-9]{4}-[0-9]{2}-[0-9]{2}\` (chữ số ASCII), là ngày có thật theo lịch Gregory, từ
**${DATE_RANGE.from}** đến **${DATE_RANGE.to}** (cùng khoảng năm với trường \`year\`; mọi thư viện ngày của Java, .NET, Python, PHP
đều biểu diễn được). Ngày ngoài khoảng (ví dụ \`0000-01-01\`) không phải ngày hợp lệ: kiểu đọc \`date\` cho \`null\` (§11).
*A valid date is exactly \`[0-9]{4}-[0-9]{2}-[0-9]{2}\` (ASCII digits), a real Gregorian date, from ${DATE_RANGE.from} to ${DATE_RANGE.to}
(the years of \`year\`; every date library of Java, .NET, Python and PHP represents them). Outside (e.g. \`0000-01-01\`) it is not a
valid date: the \`date\` read type gives \`null\`.*

<a id="context"></a>
## 10. Ngữ cảnh / Rule context

\`rules.json#/context\` có \`units\` (mã, ký hiệu, nhiệm vụ của từng đơn vị) và \`instances\`: **mọi báo cáo kế hoạch yêu cầu** —
một phần tử cho mỗi kỳ của mỗi nghĩa vụ (mỗi tháng, quý, năm…), với \`key\`, \`obligationId\`, \`period\`, \`year\`, \`index\` (tháng 1–12
hoặc quý 1–4, hoặc \`null\`), \`owedBy\`, \`periodStartDay\` (ngày đầu kỳ số liệu, hoặc ngày đầu kỳ) và \`lateFromDay\` (ngày đầu tiên bị
tính trễ), do @dvcq/calendar tính (hạn theo quy tắc, ngày làm việc với ngày nghỉ lễ). *\`instances\`: every report the plan asks for, one
per instance of each obligation, computed by @dvcq/calendar.*

Từ bảng đó và bản NFC của báo cáo (\`input\`), dựng \`ctx\`: *From the tables and the NFC view (\`input\`), build \`ctx\`:*

- \`mode\`; \`today\` (§8). \`unitId\`, \`period\`, \`obligationId\` = giá trị của báo cáo nếu là chuỗi, không thì \`null\`; \`year\` nếu là số;
  \`periodIndex\` nếu là số nguyên (phần thập phân 0), không thì \`null\`. *(each only when of that type, else \`null\`)*
- \`unit\` = phần tử của \`units\` có \`id\` = \`unitId\`: \`unitKnown\`, \`unitSymbol\` (\`symbol\` hoặc \`null\`), \`applicableTasks\` (\`tasks\` hoặc \`[]\`).
- **Báo cáo này là kỳ nào / which report it is**, theo thứ tự \`instances\`:
  - \`inPeriod\` = các phần tử có \`period\` = \`period\` và \`year\` = \`year\`;
  - \`ofObligation\` = \`inPeriod\` nếu \`obligationId\` là \`null\`, không thì các phần tử của \`inPeriod\` có \`obligationId\` đó;
  - \`matching\` = các phần tử của \`ofObligation\` có \`index\` = \`periodIndex\` (\`null\` = \`null\`);
  - \`instance\` = phần tử đầu tiên của \`matching\` có \`owedBy\` chứa \`unitId\`, nếu không có thì phần tử đầu tiên, hoặc không có.
- \`periodKnown\` = \`inPeriod\` không rỗng; \`obligationKnown\` = \`obligationId\` là \`null\` hoặc \`ofObligation\` không rỗng;
  \`indexRequired\` = \`periodIndex\` là \`null\` và có phần tử của \`ofObligation\` có \`index\` khác \`null\`; \`indexKnown\` = \`periodIndex\`
  là \`null\` hoặc \`matching\` không rỗng; \`obligationAmbiguous\` = \`obligationId\` là \`null\` và \`matching\` có hơn một \`obligationId\` khác nhau.
- \`instanceKey\`, \`obligationId\` (của \`instance\`) hoặc \`null\`; \`unitOwes\` = có \`instance\` và \`owedBy\` của nó chứa \`unitId\`;
  \`periodStart\` = \`periodStartDay\`, \`lateFrom\` = \`lateFromDay\` của \`instance\` (hoặc \`null\`).

Báo cáo theo tháng hoặc quý phải ghi \`periodIndex\` (quy tắc \`report.period-index-required\`); khi nhiều nghĩa vụ cùng kỳ, năm (ví dụ
báo cáo đột xuất) phải ghi \`obligationId\` (\`report.obligation-required\`); hạn nộp xét theo kỳ của báo cáo (\`report.late\`, một quy tắc
cho mỗi kỳ). *A monthly or quarterly report names its \`periodIndex\`; when several obligations share a period and year it names its
\`obligationId\`; lateness is judged on the report's own instance (one \`report.late\` rule per instance).*

<a id="rules"></a>
## 11. Quy tắc / Rules

Với mỗi phần tử của \`rules.json#/rules\` mà \`modes\` chứa chế độ đang kiểm tra: *For each rule whose \`modes\` holds the mode:*

1. Với mỗi \`reads[i]\`, lấy giá trị tại \`pointer\` trong bản NFC (JSON Pointer, **chỉ thuộc tính riêng**; chỉ số mảng là
   \`0\` hoặc số không bắt đầu bằng 0), rồi giữ nó nếu đúng \`type\`, không thì \`null\`. Các kiểu dùng trong tệp này: ${readTypes.map((t) => `\`${t}\``).join(', ')}.
   *Resolve \`reads[i].pointer\` in the NFC view (own properties only; array indexes \`0\` or without a leading zero) and keep the value
   only if it has \`type\`, else \`null\`.*
   - \`string\`, \`boolean\`, \`object\` (không phải mảng / not an array), \`array\` (mọi mảng / any array); \`number\`: số; \`integer\`: số có phần thập phân 0;
     \`string[]\`: mảng toàn chuỗi; \`date\`: ngày hợp lệ (§9) → **số ngày** của nó; \`any\`: mọi giá trị trừ \`null\`.
2. Nếu \`missing\` là \`skip\` và có giá trị đọc là \`null\`: quy tắc đạt. *\`skip\` and any read is \`null\`: the rule passes.*
3. Nếu không, tính \`logic\` (JSON Logic, §12) trên dữ liệu \`{"read": [giá trị đã đọc…], "ctx": ctx}\`. Kết quả "sai" theo JSON Logic
   (\`false\`, \`null\`, \`0\`, \`""\`, \`[]\`) → một vấn đề \`{code, severity, path: blames, message: message[lang]}\`.
   *Evaluate \`logic\` on \`{"read": [...], "ctx": ctx}\`; a falsy result raises \`{code, severity, path: blames, message[lang]}\`.*

<a id="json-logic"></a>
## 12. JSON Logic

Quy tắc của tệp này chỉ dùng: ${ops.map((o) => `\`${o}\``).join(' ')} — đều là JSON Logic cốt lõi (jsonlogic.com) và chạy giống
\`json-logic-js\`. Ghi chú cho người viết lại: *Rules use only these core operators; notes for implementers:*

- \`var\`: đường dẫn chấm (\`read.0\`, \`ctx.today\`, \`stage\`), chỉ thuộc tính riêng; \`""\` là chính dữ liệu; không có → \`null\`.
- \`===\`/\`!==\`: bằng nhau chặt giữa giá trị JSON cùng kiểu (true không bằng 1). *strict equality of same-typed values.*
- \`in\`: \`[x, mảng]\` → x có trong mảng (===); \`[x, chuỗi]\` → x là chuỗi con (chuỗi rỗng không chứa gì). *membership / substring.*
- \`<\`, \`<=\` nhận 2 hoặc 3 đối số (\`a <= b <= c\`); đối số là số. \`cat\` nối chuỗi (\`null\` → \`""\`). \`+\` cộng số.
- \`some\`/\`none\`/\`filter\`: \`[mảng, logic]\`, logic chạy với dữ liệu là từng phần tử; không phải mảng → như mảng rỗng.
  \`reduce\`: \`[mảng, logic, đầu]\`, logic chạy với \`{"current": phần tử, "accumulator": giá trị tích lũy}\`.
- \`or\`/\`and\` trả giá trị đầu tiên đúng/sai (ngắn mạch); \`!\` phủ định tính đúng.

<a id="text-checks"></a>
## 13. Kiểm tra văn bản / Text checks (\`rules.json#/textChecks\`)

- \`pattern\`: chuỗi tại \`pointer\` trong **bản NFC**, nếu là chuỗi, phải **khớp toàn bộ** \`pattern\` (§6); không khớp → vấn đề tại
  \`pointer\`. Mẫu số, ký hiệu: \`${REPORT_NUMBER_PATTERN}\`.
  *The string at \`pointer\` in the NFC view must match the whole pattern.*
- \`nfc\`: mỗi chuỗi **như đã gõ** khác dạng NFC của nó → vấn đề tại đường dẫn của chuỗi (\`warning\`).
  *Each string as typed that differs from its NFC → an issue at its pointer.*
- \`legacy-encoding\`: mỗi chuỗi như đã gõ mà thuật toán §14 nhận là TCVN3 hay VNI → vấn đề tại đường dẫn của chuỗi.
- "Mọi chuỗi": mọi giá trị chuỗi ở mọi độ sâu (không gồm khóa). *Every string value at any depth (not keys).*

<a id="legacy-encoding"></a>
## 14. Dò bảng mã cũ / Legacy-encoding detection (\`rules.json#/legacyEncoding\`)

Văn bản gõ bằng phông TCVN3 (ABC, .VnTime) hay VNI (VNI-Times) rồi đọc như Windows-1252 trông như "Hßa B×nh" hay "Hoøa Bình".
Thuật toán, trên chuỗi \`s\` (cả chuỗi: §4 giới hạn độ dài): *On a string \`s\`:*

1. \`t\` = NFC(\`s\`). **Từ** = các đoạn dài nhất gồm ký tự thuộc \`wordRanges\` (khoảng điểm mã, tính trên đơn vị UTF-16).
   *Words = maximal runs of characters in \`wordRanges\`.*
2. Bỏ qua từ toàn ASCII. Mỗi từ còn lại \`w\` thuộc đúng một loại: *Skip all-ASCII words; each other word \`w\` is:*
   - **chỉ Unicode** / *Unicode-only*: có ký tự > U+00FF;
   - **Unicode**: \`w\` là âm tiết tiếng Việt hợp lệ (§15);
   - **trung tính** / *neutral* (không đếm / not counted): bỏ các ký tự thuộc \`symbolRanges\` ở hai đầu \`w\` được \`c\`; \`c\` toàn ASCII
     (hoặc rỗng) hoặc là âm tiết hợp lệ, hoặc trong \`w\` có một chữ hoa ASCII (A–Z) đứng sau một chữ thường ASCII (a–z)
     (hai từ dính nhau qua một ký hiệu, như "c«I"). *Neutral also when an ASCII capital follows an ASCII small letter in \`w\`.*
   - còn lại là **phiếu**: với mỗi bảng mã \`e\` (\`tcvn3\`, \`vni\`), nếu \`decode(w, e)\` là âm tiết hợp lệ thì \`w\` bầu cho \`e\`;
     phiếu **mạnh** nếu \`w\` có ký tự > U+007F không thuộc \`ambiguous\`. *Otherwise a **vote** for each encoding whose decoding
     is a valid syllable; **strong** when \`w\` holds a character above U+007F not in \`ambiguous\`.*
   \`decode(w, "tcvn3")\`: thay từng ký tự có trong bảng \`tcvn3\`; \`decode(w, "vni")\`: từ trái sang phải, nếu hai ký tự liền nhau
   có trong bảng \`vni\` thì thay cả hai, không thì thay một ký tự nếu có trong bảng; sau cùng chuẩn hóa NFC.
   *tcvn3: replace each character found in the table; vni: left to right, two characters if the pair is in the table, else one;
   then NFC.*
3. \`counted\` = số từ không toàn ASCII và không trung tính (chỉ Unicode, Unicode, và mọi từ của loại cuối, dù có bầu hay không).
   *\`counted\` = the words that are neither all-ASCII nor neutral (the last class counts whether it votes or not).*
   \`lead\` = phiếu tcvn3 − phiếu vni; nếu \`lead\` = 0 và có phiếu
   tcvn3: \`lead\` = (số từ **Unicode** mà \`decode(w, "tcvn3")\` ≠ \`w\` và là âm tiết hợp lệ) − (cũng vậy với vni). \`lead\` > 0 → tcvn3,
   < 0 → vni, = 0 → không phát hiện.
4. Với bảng mã thắng \`e\`: phát hiện khi (có phiếu mạnh cho \`e\` **hoặc** ≥ 2 phiếu cho \`e\`) **và** số phiếu cho \`e\` > số từ chỉ
   Unicode **và** số phiếu cho \`e\` / \`counted\` ≥ \`minConfidence\` (${legacyDetectionTables().minConfidence}).
   *Detected when \`e\` has a strong vote or at least 2 votes, more votes than Unicode-only words, and votes / counted ≥ \`minConfidence\`.*

Thuật toán không bao giờ nhận nhầm tiếng Việt Unicode đúng, dù quanh từ có dấu câu hay ký hiệu gì (đo trên mọi văn bản kế hoạch và
tên mọi tỉnh, huyện, xã: tỷ lệ báo nhầm 0).

<a id="syllables"></a>
## 15. Âm tiết tiếng Việt / Vietnamese syllables (\`rules.json#/syllables\`)

\`w\` là âm tiết hợp lệ khi / *\`w\` is a valid syllable when*:
1. 1 ≤ độ dài ≤ 16; \`d\` = NFD(chữ thường của \`w\`). *1 ≤ length ≤ 16; \`d\` = NFD(lowercase(w)).*
2. Dấu thanh là U+0300, U+0301, U+0303, U+0309, U+0323; tối đa **một**; mỗi dấu thanh phải đứng sau một nguyên âm a e i o u y (có thể
   cách bởi U+0302, U+0306, U+031B). Bỏ dấu thanh, chuẩn hóa NFC được \`b\`; mọi ký tự của \`b\` thuộc \`letters\`.
   *At most one tone mark, each after a vowel (possibly through U+0302/U+0306/U+031B); without tones, NFC → \`b\`, all in \`letters\`.*
3. Có một phụ âm đầu \`i\` trong \`initials\` (có \`""\`) sao cho \`b\` bắt đầu bằng \`i\` và phần còn lại \`r\` (không rỗng) là vần hợp lệ:
   - \`k\`, \`gh\`, \`ngh\` chỉ đứng trước \`i e ê y\`; \`c\`, \`ng\` không đứng trước chúng; \`qu\` không đứng trước \`u\`, \`o\`;
   - có một âm cuối \`f\` trong \`finals\` (có \`""\`) sao cho \`r\` = \`n\` + \`f\` với \`n\` trong \`nuclei\`: loại 2 cần âm cuối, loại 0 không
     nhận âm cuối; \`ch\`/\`nh\` chỉ sau \`palatalNuclei\`; \`i\` không đi với \`ng\`, \`c\`; \`oo\` chỉ đi với \`ng\`, \`c\`; âm cuối \`c ch p t\`
     chỉ đi với thanh sắc (U+0301) hoặc nặng (U+0323).
   *An initial from \`initials\` and a rhyme: spelling rules for k/gh/ngh, c/ng, qu; a final from \`finals\` and a nucleus from \`nuclei\`
   (2: needs a final, 0: takes none); ch/nh only after \`palatalNuclei\`; no i+ng/c; oo only with ng/c; stop finals only with sắc or nặng.*

<a id="verdict"></a>
## 16. Kết luận / Verdict

- Các vấn đề là một **tập** theo (mã, đường dẫn) — hai quy tắc cùng mã, cùng đường dẫn là một vấn đề. Thứ tự không quan trọng.
  *Issues are a **set** by (code, path); order does not matter.*
- Mức độ: quy tắc và kiểm tra văn bản mang \`severity\` của chúng; cấu trúc và chặn đầu vào là \`error\`.
- \`ok\` = không có vấn đề nào mức \`error\` (cảnh báo vẫn \`ok\`). *\`ok\` = no issue of severity \`error\`.*
- Thông điệp: quy tắc có \`message.vi\`/\`message.en\`; thông điệp của cấu trúc, chặn đầu vào và kiểm tra văn bản do bên triển khai
  viết (nêu tên trường và cách sửa). Vector so mã, đường dẫn, mức độ — không so thông điệp.
  *Messages: rules carry theirs; for shape, guard and text issues write your own (name the field, say what to do). Vectors compare
  codes, paths and severities, not messages.*

<a id="vectors"></a>
## 17. Vector / Vectors

Mỗi tệp \`vectors/<tên>.json\`: \`input\` (giá trị JSON) **hoặc** \`inputText\` (văn bản JSON, đọc theo §3), \`mode\`, \`now\` (§8), và
\`expected\`: \`ok\`, \`codes\` (các mã khác nhau, đã sắp xếp), \`issues\` (mọi \`{code, path, severity}\`). Một cài đặt đúng cho cùng
\`ok\` và cùng **tập** \`(code, path)\` với mọi vector. *Each vector: \`input\` or \`inputText\`, \`mode\`, \`now\`, and the expected \`ok\`,
\`codes\` and \`issues\`; a conforming implementation gives the same \`ok\` and the same **set** of \`(code, path)\` on every vector.*
`;
}
