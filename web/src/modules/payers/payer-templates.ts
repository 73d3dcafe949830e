import type { PayerTemplate } from './payers.api';

// The three rule-pack templates of BILLING-RULES.md.
export const PAYER_TEMPLATES: { value: PayerTemplate; label: string; description: string }[] = [
  {
    value: 'medicare_institutional',
    label: 'Medicare institutional (837I)',
    description: 'Itemized revenue codes and HCPCS per service, monthly claims, condition code 92/41.',
  },
  {
    value: 'commercial_professional',
    label: 'Commercial professional (837P)',
    description: 'CPT per service, weekly claims, authorization units consumed per session.',
  },
  {
    value: 'commercial_per_diem',
    label: 'Commercial per diem (837I)',
    description: 'One line per attended program day with a revenue code and HCPCS pair.',
  },
];

export const templateLabel = (template: string): string =>
  PAYER_TEMPLATES.find((t) => t.value === template)?.label ?? template;
