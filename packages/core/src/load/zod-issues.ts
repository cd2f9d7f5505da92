import type { z } from 'zod';
import { type Issue, type Lang, type Message, pickMessage, toJsonPointer } from '../issues/issue';

/**
 * Maps zod's structural issues to our issues with Vietnamese/English messages.
 * zod's own messages are English-only and not stable: we key on its issue codes.
 */
export function _fromZodIssues(issues: readonly z.core.$ZodIssue[], codePrefix: string, lang: Lang): Issue[] {
  return issues.map((i) => ({
    code: `${codePrefix}.${i.code}`,
    severity: 'error' as const,
    path: toJsonPointer(i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))),
    message: pickMessage(_zodMessage(i), lang),
  }));
}

function _zodMessage(i: z.core.$ZodIssue): Message {
  switch (i.code) {
    case 'invalid_type':
      // needs parse(…, { reportInput: true }) to tell missing from wrong type
      return i.input === undefined
        ? { vi: 'Thiếu giá trị bắt buộc.', en: 'Required value is missing.' }
        : { vi: `Sai kiểu dữ liệu: cần ${typeVi(i.expected)}.`, en: `Wrong type: expected ${i.expected}.` };
    case 'too_small':
      return { vi: `Giá trị quá nhỏ hoặc quá ngắn (tối thiểu ${String(i.minimum)}).`, en: `Too small or too short (minimum ${String(i.minimum)}).` };
    case 'too_big':
      return { vi: `Giá trị quá lớn hoặc quá dài (tối đa ${String(i.maximum)}).`, en: `Too big or too long (maximum ${String(i.maximum)}).` };
    case 'invalid_value':
      return {
        vi: `Giá trị không nằm trong danh sách cho phép: ${i.values.map(String).join(', ')}.`,
        en: `Value is not one of: ${i.values.map(String).join(', ')}.`,
      };
    case 'unrecognized_keys':
      return { vi: `Trường không được hỗ trợ: ${i.keys.join(', ')}.`, en: `Unrecognized field(s): ${i.keys.join(', ')}.` };
    case 'invalid_format':
      return { vi: `Sai định dạng (${i.format}).`, en: `Invalid format (${i.format}).` };
    case 'invalid_union':
      return { vi: 'Giá trị không khớp với dạng nào được phép.', en: 'Value matches none of the allowed shapes.' };
    default:
      return { vi: `Giá trị không hợp lệ: ${i.message}`, en: `Invalid value: ${i.message}` };
  }
}

function typeVi(t: string): string {
  const m: Record<string, string> = {
    string: 'chuỗi ký tự',
    number: 'số',
    int: 'số nguyên',
    boolean: 'đúng/sai',
    array: 'danh sách',
    object: 'đối tượng',
  };
  return Object.prototype.hasOwnProperty.call(m, t) ? m[t]! : t;
}
