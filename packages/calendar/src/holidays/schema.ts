/**
 * JSON Schema của tệp lịch nghỉ — the holidays file format as a JSON Schema (2020-12), built
 * from the same lists the checker uses, and published as `@dvcq/calendar/holidays.schema.json`
 * so the people who write a deployment's file get help from their editor (`"$schema"`).
 * The schema checks fields and types; `validateHolidays` also checks what a schema cannot say
 * (real dates, notices that exist, weekdays, one schedule per year and occasion).
 */
import { HOLIDAY_YEAR_RANGE } from './holidays';
import { HOLIDAYS_FORMAT, HOLIDAY_KINDS, HOLIDAY_OCCASIONS } from './types';

const text = (description: string) => ({ type: 'string', minLength: 1, maxLength: 500, description });
const message = (description: string) => ({
  type: 'object',
  description,
  properties: { vi: text('Tiếng Việt'), en: text('English') },
  required: ['vi', 'en'],
  additionalProperties: false,
});
const date = (description: string) => ({ type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description });

/**
 * JSON Schema của tệp lịch nghỉ — the JSON Schema (2020-12) of a `dvcq-holidays/1` file.
 * @returns a fresh schema object
 */
export function holidaysJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Tệp lịch nghỉ đã công bố / Announced holidays file (dvcq-holidays/1)',
    description:
      'Lịch nghỉ lễ, Tết đã công bố cho cán bộ, công chức, viên chức, kèm văn bản công bố; dùng với createWorkingCalendar({ announced }) hoặc dvcq calendar --holidays. / Announced public-sector holiday schedules with their notices. validateHolidays also checks real dates, notice references and weekdays.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      format: { const: HOLIDAYS_FORMAT },
      comment: { type: 'string', description: 'Chú thích cho người duy trì tệp / note for maintainers' },
      notices: {
        type: 'object',
        description: 'Văn bản công bố theo mã / notices by id',
        propertyNames: { minLength: 1, maxLength: 100 },
        additionalProperties: {
          type: 'object',
          properties: {
            type: message('Loại văn bản, ví dụ Thông báo, Công văn / kind of document'),
            number: text('Số, ký hiệu, ví dụ 9441/TB-BNV / number and symbol'),
            date: date('Ngày ban hành YYYY-MM-DD / date of issue'),
            issuer: message('Cơ quan ban hành / issuing body'),
            subject: message('Trích yếu / subject'),
            url: { type: 'string', pattern: '^https?://[^\\s]+$', maxLength: 2000, description: 'Đường dẫn văn bản / link' },
          },
          required: ['type', 'number', 'date', 'issuer'],
          additionalProperties: false,
        },
      },
      schedules: {
        type: 'array',
        items: {
          type: 'object',
          description: 'Một dịp của một năm: mọi ngày khác tuần thường; thay các ngày tính được của dịp đó / one occasion of one year',
          properties: {
            year: { type: 'integer', minimum: HOLIDAY_YEAR_RANGE.from, maximum: HOLIDAY_YEAR_RANGE.to },
            occasion: { enum: [...HOLIDAY_OCCASIONS] },
            notice: { type: 'string', description: 'Mã một văn bản trong notices / id of a notice' },
            days: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'object',
                properties: {
                  date: date('Ngày YYYY-MM-DD (trong năm đó hoặc năm liền kề) / date'),
                  kind: {
                    enum: [...HOLIDAY_KINDS],
                    description: 'holiday: nghỉ lễ, Tết; in-lieu: nghỉ bù; swapped-off: nghỉ hoán đổi; working-day: làm bù (thứ Bảy, Chủ nhật)',
                  },
                  name: message('Tên ngày (bỏ trống: suy ra từ dịp và loại ngày) / day name (derived when omitted)'),
                },
                required: ['date', 'kind'],
                additionalProperties: false,
              },
            },
          },
          required: ['year', 'occasion', 'notice', 'days'],
          additionalProperties: false,
        },
      },
    },
    required: ['format', 'notices', 'schedules'],
    additionalProperties: false,
  };
}
