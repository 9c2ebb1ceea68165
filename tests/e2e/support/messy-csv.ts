/**
 * A threads file with the faults real exports have: a BOM, CRLF line ends, a quoted newline,
 * doubled quotes, a duplicate id, an empty text, a row with too many fields, a bad date, a
 * label that is not a category, markup as text, a 45,000-character thread, and a quote left open.
 */
export function messyCsv(): Buffer {
  const long = 'Please summarise this policy. '.repeat(1500);
  const rows = [
    'Thread ID,User Prompts,LLM Label,Department,Created At',
    'A-1,"Draft an email to the team about ""Friday""\nand the new badge policy",Email & Document Writing,Cardiology,2024-03-01',
    'A-1,duplicate of the first,Coding,Cardiology,2024-03-02',
    'B-2,,Coding,Cardiology,2024-03-03',
    'C-3,too,many,fields,here,2024-03-04',
    'D-4,fine text,Coding,Oncology,not a date',
    'X-1,<img src=x onerror=alert(1)>,Emails,Oncology,2024-03-05',
    `LONG-1,${long.slice(0, 45_000)},Text Manipulation,Oncology,2024-03-06`,
    'E-5,héllo wörld ✓ 你好 مرحبا,Brainstorming,Oncology,2024-03-07',
    'F-6,"a quote that never closes,Coding,Oncology,2024-03-08',
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows.join('\r\n') + '\r\n', 'utf8')]);
}
