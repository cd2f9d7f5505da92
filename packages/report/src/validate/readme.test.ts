// The README's example, run as written.
import { expect, it } from 'vitest';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
import { validateReport, formatIssues } from '../index';

it('README example gives the issues it shows', () => {
  const result = validateReport(
    {
      planId: 'hoa-binh-2021', period: 'annual', year: 2021, unitId: 'so-noi-vu',
      document: {
        number: '5/BC-SNV', date: '2021-10-28', place: 'Hòa Bình',
        signer: { authority: 'KT.', onBehalfOf: 'GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn An' },
        recipients: ['ubnd-tinh', 'so-noi-vu'],
      },
      tasks: { 'II.1.1': { status: 'done' } },
    },
    { plan: hoaBinh2021Plan, mode: 'final', lang: 'vi', now: '2021-11-01T09:00:00+07:00' },
  );
  expect(result.ok).toBe(false);
  const text = formatIssues(result.issues);
  expect(text).toContain('Lỗi [document.number-format] /document/number: «Số, ký hiệu văn bản» không đúng dạng của Nghị định 30/2020/NĐ-CP');
  expect(text).toContain('Lỗi [document.copy-missing] /document/recipients: «Nơi nhận» thiếu Ban Dân vận Tỉnh ủy');
  expect(text).toContain('Lỗi [task.results-required] /tasks/II.1.1/results: «Nhiệm vụ II.1.1 — Kết quả thực hiện» còn trống');
  expect(text).toContain('Lỗi [task.missing] /tasks/II.1.2/status: Chưa chọn «Nhiệm vụ II.1.2 — Tình trạng»');
  expect(result.issues.filter((i) => i.code === 'task.missing')).toHaveLength(28);
});
