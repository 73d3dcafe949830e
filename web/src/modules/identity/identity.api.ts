import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { BodyOf, ResponseOf } from '../../api/paths';

export type User = ResponseOf<'/api/auth/me'>['user'];
export type LoginResult = ResponseOf<'/api/auth/login', 'post'>;
export type LoginBody = BodyOf<'/api/auth/login', 'post'>;

export const fetchMe = () => unwrap(api.GET('/api/auth/me')).then((r) => r.user);
export const postLogout = () => unwrap(api.POST('/api/auth/logout'));

export const useLogin = () =>
  useMutation({ mutationFn: (body: LoginBody) => unwrap(api.POST('/api/auth/login', { body })) });

export const useEnrollMfa = () => useMutation({ mutationFn: () => unwrap(api.POST('/api/auth/mfa/enroll')) });

export const useVerifyMfa = () =>
  useMutation({ mutationFn: (code: string) => unwrap(api.POST('/api/auth/mfa/verify', { body: { code } })) });
