import { DEPARTMENTS } from './organisation';

// Fillers for the {slot} placeholders of the prompt templates. Nothing here identifies a
// real patient or person.
export const SLOTS: Readonly<Record<string, readonly string[]>> = {
  dept: DEPARTMENTS,
  recipient: [
    'my manager', 'the clinic managers', 'the front desk team', 'our director', 'the nursing leadership team',
    'a vendor', 'our HR business partner', 'the family advisory council', 'new hires', 'the residents',
    'our volunteers', 'the other schedulers', 'the department chair', 'the IT help desk', 'a coworker',
  ],
  docType: [
    'job description', 'standard work document', 'meeting agenda', 'tip sheet', 'newsletter article',
    'SBAR', 'project charter', 'performance review', 'grant progress report', 'policy', 'FAQ',
    'training checklist', 'cover letter', 'award nomination', 'event summary', 'budget justification',
    'onboarding guide', 'workflow document',
  ],
  event: [
    'the holiday potluck', 'our team retreat', 'the annual fundraising gala', 'Nurses Week', "the hospital's 5K",
    'the quarterly town hall', 'a lunch-and-learn', 'new employee orientation', 'Patient Experience Week',
    'the back-to-school immunization drive', 'the blood drive', 'our department open house',
  ],
  change: [
    'the new check-in process', 'the switch to electronic timecards', 'the move to the new building',
    'the updated parking policy', 'the new badge access system', 'the EHR upgrade', 'changes to the on-call schedule',
    'the new interpreter request line', 'the revised dress code', 'the construction on the third floor',
    'the new referral intake form', 'the updated visitor policy',
  ],
  topic: [
    'asthma', 'RSV', 'type 1 diabetes', 'ear infections', 'ADHD', 'food allergies', 'concussion', 'scoliosis',
    'febrile seizures', 'eczema', 'bronchiolitis', 'strep throat', 'sickle cell disease', 'cystic fibrosis', 'croup',
    'iron deficiency anemia', 'hand, foot and mouth disease', 'autism spectrum disorder', 'constipation',
    'newborn jaundice',
  ],
  procedure: [
    'an MRI with sedation', 'a tonsillectomy', 'an EEG', 'a sleep study', 'an echocardiogram', 'a lumbar puncture',
    'a blood draw', 'ear tube placement', 'an upper endoscopy', 'a hearing test', 'an allergy skin test', 'a VCUG',
  ],
  medication: [
    'amoxicillin', 'albuterol', 'ibuprofen', 'acetaminophen', 'cetirizine', 'methylphenidate', 'ondansetron',
    'fluticasone', 'insulin glargine', 'montelukast', 'prednisolone', 'levetiracetam',
  ],
  language: [
    'Spanish', 'Arabic', 'Vietnamese', 'Somali', 'Haitian Creole', 'Portuguese', 'Simplified Chinese', 'Nepali',
    'Russian', 'Dari',
  ],
  software: [
    'Outlook', 'Teams', 'Excel', 'Epic', 'OneDrive', 'SharePoint', 'Zoom', 'Adobe Acrobat', 'Citrix', 'Word',
    'PowerPoint', 'the VPN client', 'Kronos', 'Power BI', 'REDCap',
  ],
  device: [
    'my laptop', 'the shared printer', 'my second monitor', 'the label printer', 'my headset',
    'the workstation on wheels', 'my work phone', 'the docking station', 'the badge scanner', 'the fax machine',
  ],
  codeLang: ['Python', 'SQL', 'an Excel formula', 'VBA', 'R', 'JavaScript', 'PowerShell', 'a Power BI DAX measure'],
  dataThing: [
    'appointment no-shows', 'interpreter requests', 'referral volumes', 'overtime hours', 'patient satisfaction scores',
    'supply orders', 'help desk tickets', 'call abandonment rates', 'study enrollment', 'clinic wait times',
    'denied claims', 'missed calls',
  ],
  timeframe: ['next week', 'by Friday', 'this month', 'before the end of the quarter', 'tomorrow morning', 'in two weeks'],
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  count: ['3', '5', '5', '10', '10', '15', '20'],
  audience: [
    'parents', 'teenage patients', 'new employees', 'our volunteers', 'school nurses',
    'families who speak limited English', 'the board', 'front desk staff', 'residents', 'referring providers',
  ],
  insurer: ['a commercial insurer', 'Medicaid', 'the Medicaid managed care plan', 'a self-funded employer plan', 'TRICARE'],
  specialty: [
    'Cardiology', 'Neurology', 'Gastroenterology', 'Endocrinology', 'Orthopedics', 'ENT', 'Pulmonology',
    'Dermatology', 'Developmental Pediatrics', 'Urology', 'Nephrology', 'Hematology/Oncology', 'Allergy & Immunology',
  ],
  visit: [
    'a new patient visit', 'a follow-up visit', 'a telehealth visit', 'a pre-op visit', 'an infusion appointment',
    'a sedated MRI', 'a lab-only visit', 'a physical therapy evaluation',
  ],
  tone: ['friendly', 'professional', 'warm but firm', 'concise', 'upbeat', 'empathetic', 'formal', 'casual'],
  project: [
    'a hand hygiene campaign', 'reducing no-shows', 'improving discharge before noon', 'a patient portal sign-up drive',
    'decreasing call wait times', 'a staff wellness program', 'a reading program for patients',
    'improving interpreter use', 'reducing overtime', 'a new employee mentoring program',
  ],
};
