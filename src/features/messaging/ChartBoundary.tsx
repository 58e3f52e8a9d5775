import { Component, type ReactNode } from 'react'

/** A chart that cannot be drawn (its script failed to load, no canvas) says so; the table beside it stays. */
export class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  render() {
    if (this.state.failed) return <p className="muted">The chart could not be drawn here; the table below has every value.</p>
    return this.props.children
  }
}
