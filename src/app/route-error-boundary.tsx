import { Component, type ReactNode } from 'react';
import { Alert } from '../ui/alert';
import { errorMessage } from '../ui/error-message';

/** One per route: a failure in one screen shows what went wrong and leaves the rest usable. */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error !== null) {
      return (
        <Alert tone="error" title="This screen failed">
          <p>{errorMessage(this.state.error)}</p>
          <p>Your stored data is unaffected. Reload the page to try again.</p>
        </Alert>
      );
    }
    return this.props.children;
  }
}
