import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  readonly children: ReactNode;
  /** Changing the key of what is rendered resets the boundary; so does changing this value. */
  readonly resetKey?: unknown;
  readonly fallback: (error: Error) => ReactNode;
}

interface State {
  readonly error: Error | null;
  readonly resetKey: unknown;
}

/** Last line of defence: whatever data reaches a component, the page stays up and says what broke. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Shown in the fallback; nothing else to do.
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
