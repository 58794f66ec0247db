import { ArgTypes, Controls, Description, Primary, Stories, Subtitle, Title } from '@storybook/addon-docs/blocks';
import type { ComponentType, ReactNode } from 'react';
import { useT } from '../globals';

/**
 * The docs page of a component whose stories have flat, designer-friendly controls (actual,
 * target, previous…): the controls of the story, then the props table of the component itself
 * (its TypeScript props, unions and defaults), so the table documents what a developer passes.
 */
export function ComponentDocsPage(props: {
  readonly component: ComponentType<never>;
  readonly name: string;
}): ReactNode {
  const { component, name } = props;
  const t = useT();
  return (
    <>
      <Title />
      <Subtitle />
      <Description />
      <Primary />
      <h2 id="story-controls">{t({ vi: 'Điều khiển của ví dụ', en: 'Controls of the example' })}</h2>
      <p>
        {t({
          vi: 'Các ô dưới đây chỉnh dữ liệu của ví dụ (thực hiện, kế hoạch, cùng kỳ…), không phải props của thành phần.',
          en: 'These inputs edit the example’s data (actual, target, previous…), not the component’s props.',
        })}
      </p>
      <Controls />
      <h2 id="props">{t({ vi: `Props của ${name}`, en: `Props of ${name}` })}</h2>
      <ArgTypes of={component} />
      <Stories />
    </>
  );
}
