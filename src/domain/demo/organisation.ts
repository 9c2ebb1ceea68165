// The synthetic hospital: departments and roles of the people who write the demo threads.

export const DEPARTMENTS = [
  'Patient Access & Scheduling',
  'Interpreter Services',
  'Information Services',
  'Care Management',
  'Social Work',
  'Pharmacy',
  'Research Institute',
  'Revenue Cycle',
  'Human Resources',
  'Quality & Patient Safety',
  'Marketing & Communications',
  'Emergency Medicine',
  'Neonatal Intensive Care',
  'Hematology/Oncology',
  'Cardiology',
  'General Pediatrics',
  'Surgery',
] as const;

export type Department = (typeof DEPARTMENTS)[number];

const CLINICAL_UNITS: Department[] = [
  'Emergency Medicine',
  'Neonatal Intensive Care',
  'Hematology/Oncology',
  'Cardiology',
  'General Pediatrics',
  'Surgery',
];

export interface RoleSpec {
  role: string;
  clinician: boolean;
  /** Relative number of users with this role among clinicians or among non-clinicians. */
  weight: number;
  departments: readonly Department[];
}

export const ROLES: readonly RoleSpec[] = [
  { role: 'Administrative Assistant', clinician: false, weight: 20, departments: DEPARTMENTS },
  { role: 'Scheduler', clinician: false, weight: 16, departments: ['Patient Access & Scheduling', ...CLINICAL_UNITS] },
  { role: 'Manager', clinician: false, weight: 10, departments: DEPARTMENTS },
  { role: 'Case Manager', clinician: false, weight: 9, departments: ['Care Management', ...CLINICAL_UNITS] },
  { role: 'IT Analyst', clinician: false, weight: 8, departments: ['Information Services'] },
  { role: 'Interpreter', clinician: false, weight: 7, departments: ['Interpreter Services'] },
  {
    role: 'Research Coordinator',
    clinician: false,
    weight: 7,
    departments: ['Research Institute', 'Hematology/Oncology', 'Cardiology', 'Neonatal Intensive Care'],
  },
  {
    role: 'Patient Access Representative',
    clinician: false,
    weight: 6,
    departments: ['Patient Access & Scheduling', 'Emergency Medicine'],
  },
  { role: 'Billing Specialist', clinician: false, weight: 6, departments: ['Revenue Cycle'] },
  {
    role: 'Social Worker',
    clinician: false,
    weight: 5,
    departments: ['Social Work', 'Emergency Medicine', 'Neonatal Intensive Care', 'Hematology/Oncology'],
  },
  { role: 'Quality Analyst', clinician: false, weight: 3, departments: ['Quality & Patient Safety'] },
  { role: 'Communications Specialist', clinician: false, weight: 3, departments: ['Marketing & Communications'] },
  { role: 'HR Generalist', clinician: false, weight: 3, departments: ['Human Resources'] },
  { role: 'Nurse', clinician: true, weight: 5, departments: CLINICAL_UNITS },
  { role: 'Physician', clinician: true, weight: 3, departments: CLINICAL_UNITS },
  { role: 'Pharmacist', clinician: true, weight: 2, departments: ['Pharmacy'] },
];

/** Share of threads written by clinicians (nurses, physicians, pharmacists): the study's 2%. */
export const CLINICIAN_THREAD_SHARE = 0.02;
