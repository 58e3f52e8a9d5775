import type { DemoAccount } from '../../api/demo'
import { Button } from '../../components/ui/Button'

/** The demo's accounts, each filling in the form with one press. */
export function DemoAccounts({ accounts, onUse }: { accounts: readonly DemoAccount[]; onUse: (account: DemoAccount) => void }) {
  return (
    <section className="demo-accounts" aria-labelledby="demo-accounts-title">
      <h2 id="demo-accounts-title">Demo accounts</h2>
      <p className="muted">This console runs on built-in demo data. Sign in with:</p>
      <ul>
        {accounts.map((account) => (
          <li key={account.username}>
            <div>
              <strong>{account.label}</strong>
              <span className="mono">
                {account.username} / {account.password}
              </span>
            </div>
            <Button size="sm" onClick={() => onUse(account)}>
              Use
            </Button>
          </li>
        ))}
      </ul>
    </section>
  )
}
