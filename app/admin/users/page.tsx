import type { Metadata } from 'next';
import { FormattedDateTime } from '@/components/formatted-date';
import { CreateUserForm } from '@/components/users/create-user-form';
import { UserAccessForm } from '@/components/users/user-access-form';
import { requirePageRole } from '@/lib/auth/access';
import { listUsers } from '@/lib/users/queries';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  await requirePageRole('admin', '/admin/users');
  const users = await listUsers();
  return (
    <>
      <h1>Users</h1>
      <p className="lede">
        Viewers read, editors change the store, admins also manage accounts. Disabling an account ends its
        sessions at once.
      </p>
      <div className="table-scroll">
        <table className="claims-table users-table">
          <caption>{users.length === 1 ? '1 account' : `${users.length} accounts`}</caption>
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Role</th>
              <th scope="col">State</th>
              <th scope="col">Open sessions</th>
              <th scope="col">Access</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  {u.name}
                  <br />
                  <span className="muted">{u.email}</span>
                </th>
                <td>{u.role}</td>
                <td>
                  {u.disabled ? 'disabled' : 'active'}
                  <br />
                  <span className="muted">{u.twoFactor ? 'two-factor on' : 'no two-factor'}</span>
                </td>
                <td>
                  {u.openSessions}
                  {u.lastSeenAt ? (
                    <>
                      {' '}
                      <span className="muted">
                        (last seen <FormattedDateTime iso={u.lastSeenAt} />)
                      </span>
                    </>
                  ) : null}
                </td>
                <td>
                  <UserAccessForm user={u} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>New account</h2>
      <CreateUserForm />
    </>
  );
}
