// A real OpenID Connect provider (panva/oidc-provider, an OpenID-certified implementation) on
// 127.0.0.1 for tests/test_oidc_browser.py. Its login form takes a login name; two accounts
// exist: "coach" and "learner". Configuration comes from the environment:
//   OIDC_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI (the app's /oauth2callback)
// It prints "ready <issuer>" on stdout once it listens.
import { randomBytes } from "node:crypto";
import Provider from "oidc-provider";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
};
const port = Number(env("OIDC_PORT"));
const issuer = `http://127.0.0.1:${port}`;
const redirect = env("OIDC_REDIRECT_URI");

const ACCOUNTS = {
  coach: { email: "casey.coach@example.org", name: "Casey Coach" },
  learner: { email: "lee.learner@example.org", name: "Lee Learner" },
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: env("OIDC_CLIENT_ID"),
      client_secret: env("OIDC_CLIENT_SECRET"),
      redirect_uris: [redirect],
      post_logout_redirect_uris: [redirect], // st.logout returns through /oauth2callback
    },
  ],
  cookies: { keys: [randomBytes(32).toString("hex")] },
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // Streamlit reads the identity from the ID token only (it never calls /userinfo).
  conformIdTokenClaims: false,
  async findAccount(ctx, id) {
    const account = ACCOUNTS[id];
    if (!account) return undefined;
    return {
      accountId: id,
      async claims() {
        return { sub: `sub-${id}`, email_verified: true, ...account };
      },
    };
  },
});
provider.proxy = false;

// Streamlit asks for prompt=select_account (Google and Entra show an account chooser). This
// provider's login form is its account chooser, so the request is served as prompt=login.
provider.use(async (ctx, next) => {
  if (ctx.path === "/auth" && ctx.query.prompt === "select_account") {
    ctx.query = { ...ctx.query, prompt: "login" };
  }
  await next();
});

provider.listen(port, "127.0.0.1", () => {
  console.log(`ready ${issuer}`);
});
