import { useEffect, useState, type FormEvent } from "react";
import { api } from "../../api/client.ts";
import { describeError } from "../../api/problem.ts";
import type { User } from "../../api/types.ts";

export function LoginScreen({ onSignedIn }: { onSignedIn: (user: User) => void }) {
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [demoAccounts, setDemoAccounts] = useState<{ username: string; role: string }[]>([]);

  // The server says whether demo accounts (password = user name) exist, so nobody mistakes a
  // demo install for a safe one.
  useEffect(() => {
    let live = true;
    api.loginOptions().then((o) => live && setDemoAccounts(o.demoAccounts), () => undefined);
    return () => { live = false; };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { user } = await api.login(username, password);
      onSignedIn(user);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <form className="login__card" onSubmit={submit} aria-labelledby="login-title">
        <div className="brand brand--large">Alinha</div>
        <h1 id="login-title" className="login__title">Sign in</h1>
        <p className="login__lead">Review machine-translated Portuguese against its English original.</p>
        {demoAccounts.length > 0 && (
          <p className="login__demo" role="note" data-testid="demo-accounts">
            <strong>Demo accounts are enabled:</strong>{" "}
            {demoAccounts.map((a) => `${a.username} / ${a.username}`).join(", ")}. Anyone who can reach this
            server can sign in with them; do not use this install for real work.
          </p>
        )}
        <label className="field">
          <span>Username</span>
          <input name="username" autoComplete="username" autoFocus value={username} onChange={(e) => setUsername(e.target.value)} required />
        </label>
        <label className="field">
          <span>Password</span>
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        {error && <p className="error" role="alert">{error}</p>}
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
