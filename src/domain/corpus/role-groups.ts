/** The groups a role belongs to on the corpus dashboard (issue #11): two groupings of roles. */
export interface RoleGroup {
  /** 'clinician' or 'non-clinician' by default; the lead may name any group. */
  readonly clinical: string;
  /** The role's SOC major group (US Standard Occupational Classification 2018), e.g. "43 Office and Administrative Support". */
  readonly soc: string;
}

/** Role → its groups, as the lead edited or imported them; stored on the study record. */
export type RoleGroups = Readonly<Record<string, RoleGroup>>;

export const CLINICIAN = 'clinician';
export const NON_CLINICIAN = 'non-clinician';
export const UNMAPPED_SOC = 'unmapped';

// SOC 2018 major groups of the roles a hospital's staff typically hold; the first rule whose
// pattern matches the role name wins, so the more specific patterns come first.
const SOC_RULES: readonly [RegExp, string, boolean][] = [
  [
    /physician|doctor|\bmd\b|surgeon|pharmacist|nurse practitioner|physician assistant|dietitian|therapist|\bnurse\b|\brn\b|radiolog|clinician/i,
    '29 Healthcare Practitioners and Technical',
    true,
  ],
  [/nursing assistant|medical assistant|phlebotom|pharmacy tech/i, '31 Healthcare Support', true],
  [/social worker|case manager|counsel/i, '21 Community and Social Service', false],
  [
    /interpreter|translator|communications|marketing|designer|writer/i,
    '27 Arts, Design, Entertainment, Sports, and Media',
    false,
  ],
  [/\bit\b|developer|engineer|analyst|programmer|data scien|informatic/i, '15 Computer and Mathematical', false],
  [
    /billing|finance|account|\bhr\b|human resources|recruit|compliance|quality/i,
    '13 Business and Financial Operations',
    false,
  ],
  [/research|scientist/i, '19 Life, Physical, and Social Science', false],
  [/manager|director|chief|executive|administrator\b/i, '11 Management', false],
  [
    /assistant|scheduler|clerk|receptionist|secretary|representative|coordinator|registrar/i,
    '43 Office and Administrative Support',
    false,
  ],
];

/**
 * The default groups of a role, from its name: the SOC major group of the first matching rule
 * above (e.g. "Scheduler" → 43 Office and Administrative Support, "Nurse" → 29 Healthcare
 * Practitioners and Technical), clinician when that rule is a clinical occupation (SOC 29 or
 * 31), else non-clinician; a role no rule matches is non-clinician with SOC "unmapped", for the
 * lead to map. A default, not a classification: the lead's table overrides it.
 */
export function defaultRoleGroup(role: string): RoleGroup {
  const rule = SOC_RULES.find(([pattern]) => pattern.test(role));
  if (!rule) return { clinical: NON_CLINICIAN, soc: UNMAPPED_SOC };
  return { clinical: rule[2] ? CLINICIAN : NON_CLINICIAN, soc: rule[1] };
}

/** Every role of `roles` with its groups: the stored mapping where there is one, else the default. */
export function roleGroupsOf(roles: readonly string[], stored: RoleGroups | undefined): Map<string, RoleGroup> {
  return new Map(roles.map((role) => [role, stored?.[role] ?? defaultRoleGroup(role)]));
}
