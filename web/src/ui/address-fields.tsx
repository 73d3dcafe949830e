import { Grid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

interface AddressFieldsProps {
  form: UseFormReturnType<object>;
  /** The form path of the address object, e.g. "address". */
  path: string;
  required?: boolean;
}

/** Street, city, state and ZIP, bound to `${path}.line1` … so server errors land on them. */
export function AddressFields({ form, path, required = false }: AddressFieldsProps) {
  const field = (name: string) => form.getInputProps(`${path}.${name}`);
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput label="Street address" required={required} autoComplete="address-line1" {...field('line1')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput label="Address line 2" autoComplete="address-line2" {...field('line2')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="City" required={required} autoComplete="address-level2" {...field('city')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 2 }}>
        <TextInput label="State" required={required} maxLength={2} autoComplete="address-level1" {...field('state')} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 4 }}>
        <TextInput label="ZIP code" required={required} autoComplete="postal-code" {...field('postalCode')} />
      </Grid.Col>
    </Grid>
  );
}
