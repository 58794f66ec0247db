import type { Meta, StoryObj } from '@storybook/react-vite';
import { useT } from '../src/globals';

function Hello() {
  const t = useT();
  return <p>{t({ vi: 'Xin chào', en: 'Hello' })}</p>;
}

const meta = { title: 'Smoke', component: Hello } satisfies Meta<typeof Hello>;
export default meta;
export const Default: StoryObj<typeof meta> = {};
