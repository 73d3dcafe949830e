import { Type } from 'typebox';
import { Name } from '../../kernel/http/index.ts';

export const UserResponse = Type.Object({
  id: Type.String(),
  name: Name,
  email: Type.String(),
  roles: Type.Array(Type.String()),
  mfaEnabled: Type.Boolean(),
});

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    // 128 is the upper bound of AUTH-2; longer is rejected, never truncated.
    password: Type.String({ minLength: 1, maxLength: 128 }),
    totp: Type.Optional(Type.String({ maxLength: 32 })),
  },
  { additionalProperties: false },
);

export const LoginResponse = Type.Object({ user: UserResponse, mfaEnrollmentRequired: Type.Boolean() });

export const MfaEnrollResponse = Type.Object({ secret: Type.String(), otpauthUri: Type.String() });
export const MfaVerifyBody = Type.Object(
  { code: Type.String({ minLength: 6, maxLength: 10 }) },
  { additionalProperties: false },
);
export const MfaVerifyResponse = Type.Object({ recoveryCodes: Type.Array(Type.String()) });

export const TokenBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    expiresInMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 525_600 })),
  },
  { additionalProperties: false },
);
export const TokenResponse = Type.Object({ token: Type.String(), expiresAt: Type.String({ format: 'date-time' }) });

export const PasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 128 }),
    newPassword: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false },
);
