/**
 * The admin area: the users list with search, and role changes. (Policy
 * settings join it with the moderation work.)
 */
import type { RequestHandler } from 'express';
import { pageNumber } from '../articles/routes.js';
import { ROLES, type Role, type User, type UserRepository } from '../accounts/repository.js';
import type { ModerationService } from '../moderation/service.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../http/errors.js';
import { textField } from '../http/forms.js';

const USERS_PER_PAGE = 50;

export interface TargetUserLocals {
  targetUser: User;
}

export function adminRoutes(deps: { users: UserRepository; moderation: ModerationService }) {
  /** Puts the user of `:id` on res.locals.targetUser, or 404. */
  const loadTargetUser: RequestHandler<{ id: string }> = (req, res, next) => {
    const id = /^\d{1,15}$/.test(req.params.id) ? Number(req.params.id) : NaN;
    const user = Number.isSafeInteger(id) ? deps.users.findById(id) : undefined;
    if (!user) throw new NotFoundError('There is no user with this id.');
    res.locals.targetUser = user;
    next();
  };

  const listUsers: RequestHandler = (req, res) => {
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 30) : '';
    const page = pageNumber(req.query.page);
    const { users, total } = deps.users.list(q, USERS_PER_PAGE, (page - 1) * USERS_PER_PAGE);
    res.render('admin/users', {
      title: 'Users',
      users,
      total,
      q,
      page,
      pages: Math.max(1, Math.ceil(total / USERS_PER_PAGE)),
      roles: ROLES,
    });
  };

  const setRole: RequestHandler = (req, res) => {
    const { targetUser } = res.locals as TargetUserLocals;
    const role = textField(req.body, 'role');
    if (!(ROLES as readonly string[]).includes(role))
      throw new ValidationError({ role: `Choose one of: ${ROLES.join(', ')}.` });
    // An admin who demoted themselves could leave the site with no admin at all.
    if (targetUser.id === req.user!.id) throw new ForbiddenError('You cannot change your own role; ask another admin.');
    deps.moderation.setRole(req.user!, targetUser, role as Role);
    res.redirect(303, `/admin/users?q=${encodeURIComponent(targetUser.username)}`);
  };

  return { loadTargetUser, listUsers, setRole };
}
