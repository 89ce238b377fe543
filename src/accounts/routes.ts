/**
 * Register, log in, log out, change password. Each handler reads the form,
 * calls the service, and either redirects (303, post/redirect/get) or renders
 * the form again with what was typed (never the password) and a message per
 * problem.
 */
import type { Request, RequestHandler, Response } from 'express';
import { ValidationError } from '../http/errors.js';
import { safeLocalPath, textField } from '../http/forms.js';
import type { User } from './repository.js';
import type { AccountService } from './service.js';

/** Regenerates the session id before storing the user in it: a session fixed by an attacker is worth nothing. */
function signIn(req: Request, user: User): Promise<void> {
  return new Promise((resolve, reject) => {
    req.session.regenerate((err) => {
      if (err) return reject(err);
      req.session.userId = user.id;
      req.session.save((saveErr) => (saveErr ? reject(saveErr) : resolve()));
    });
  });
}

function renderForm(res: Response, view: string, status: number, locals: Record<string, unknown>) {
  res.status(status).render(view, { errors: {}, values: {}, formError: undefined, ...locals });
}

export function accountRoutes(deps: { accounts: AccountService }) {
  const { accounts } = deps;

  const showRegister: RequestHandler = (req, res) => {
    renderForm(res, 'accounts/register', 200, {
      title: 'Create an account',
      values: { next: safeLocalPath(req.query.next) ?? '' },
    });
  };

  const register: RequestHandler = async (req, res) => {
    const values = {
      username: textField(req.body, 'username'),
      email: textField(req.body, 'email'),
      next: safeLocalPath(textField(req.body, 'next')) ?? '',
    };
    try {
      const user = await accounts.register({ ...values, password: textField(req.body, 'password') });
      await signIn(req, user);
      res.redirect(303, values.next || '/');
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      renderForm(res, 'accounts/register', 422, {
        title: 'Create an account',
        values,
        errors: err.fields,
        formError: err.message,
      });
    }
  };

  const showLogin: RequestHandler = (req, res) => {
    renderForm(res, 'accounts/login', 200, { title: 'Sign in', values: { next: safeLocalPath(req.query.next) ?? '' } });
  };

  const login: RequestHandler = async (req, res) => {
    const values = {
      username: textField(req.body, 'username'),
      next: safeLocalPath(textField(req.body, 'next')) ?? '',
    };
    const user = await accounts.authenticate(values.username, textField(req.body, 'password'));
    if (!user) {
      // One message for every failure: it does not tell whether the account exists.
      renderForm(res, 'accounts/login', 401, {
        title: 'Sign in',
        values,
        formError: 'The username or email and password do not match an account.',
      });
      return;
    }
    await signIn(req, user);
    res.redirect(303, values.next || '/');
  };

  const logout: RequestHandler = (req, res, next) => {
    req.session.destroy((err) => {
      if (err) return next(err);
      res.clearCookie('sid', { path: '/', httpOnly: true, sameSite: 'lax' });
      res.redirect(303, '/');
    });
  };

  const showPassword: RequestHandler = (_req, res) => {
    renderForm(res, 'accounts/password', 200, { title: 'Change your password' });
  };

  const changePassword: RequestHandler = async (req, res) => {
    try {
      await accounts.changePassword(
        req.user!,
        textField(req.body, 'current_password'),
        textField(req.body, 'new_password'),
        req.sessionID,
      );
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      renderForm(res, 'accounts/password', 422, {
        title: 'Change your password',
        errors: err.fields,
        formError: err.message,
      });
      return;
    }
    await signIn(req, req.user!);
    req.session.flash = 'Your password was changed. You were signed out on every other device.';
    res.redirect(303, '/account/password');
  };

  return { showRegister, register, showLogin, login, logout, showPassword, changePassword };
}
