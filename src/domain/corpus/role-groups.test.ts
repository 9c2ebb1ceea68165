import { describe, expect, test } from 'vitest';
import { defaultRoleGroup, roleGroupsOf } from './role-groups';
import { parseRoleGroupsCsv, roleGroupRows } from './role-groups-csv';

describe('default role groups', () => {
  test('clinical occupations are clinicians with their SOC major group; others are not', () => {
    expect(defaultRoleGroup('Nurse')).toEqual({
      clinical: 'clinician',
      soc: '29 Healthcare Practitioners and Technical',
    });
    expect(defaultRoleGroup('Physician')).toEqual({
      clinical: 'clinician',
      soc: '29 Healthcare Practitioners and Technical',
    });
    expect(defaultRoleGroup('Scheduler')).toEqual({
      clinical: 'non-clinician',
      soc: '43 Office and Administrative Support',
    });
    expect(defaultRoleGroup('IT Analyst').soc).toBe('15 Computer and Mathematical');
    expect(defaultRoleGroup('Case Manager').soc).toBe('21 Community and Social Service');
    expect(defaultRoleGroup('Interpreter').clinical).toBe('non-clinician');
  });

  test('a role no rule knows is a non-clinician with an unmapped SOC group', () => {
    expect(defaultRoleGroup('Chaplain')).toEqual({ clinical: 'non-clinician', soc: 'unmapped' });
  });

  test('a stored mapping wins over the default', () => {
    const groups = roleGroupsOf(['Nurse', 'Scheduler'], { Scheduler: { clinical: 'front desk', soc: '43 Office' } });
    expect(groups.get('Scheduler')).toEqual({ clinical: 'front desk', soc: '43 Office' });
    expect(groups.get('Nurse')!.clinical).toBe('clinician');
  });
});

describe('role groups CSV', () => {
  test('round-trips through the rows it writes', () => {
    const text =
      'soc_major_group,role,clinical_group\n29 Healthcare,Nurse,clinician\n43 Office, Scheduler ,non-clinician\n';
    const { groups, problems } = parseRoleGroupsCsv(text);
    expect(problems).toEqual([]);
    expect(roleGroupRows(groups)).toEqual([
      ['Nurse', 'clinician', '29 Healthcare'],
      ['Scheduler', 'non-clinician', '43 Office'],
    ]);
  });

  test('names the row of an empty group, a repeated role and a missing column', () => {
    const { problems } = parseRoleGroupsCsv(
      'role,clinical_group,soc_major_group\nNurse,,29\nNurse,clinician,29\nNurse,clinician,29\n',
    );
    expect(problems).toEqual([
      { row: 2, message: 'empty clinical_group' },
      { row: 4, message: 'role "Nurse" appears again (first at row 3)' },
    ]);
    expect(parseRoleGroupsCsv('role,group\nNurse,clinician\n').problems[0]!.row).toBe(1);
  });
});
