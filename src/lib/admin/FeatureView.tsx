import { notFound } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import type { ScopedUser } from '../../access/scopeOf'
import type { FlagName } from '../flags/flagNames'
import { AdminPage } from './AdminPage'
import { featureEnabledFor } from './featureEnabledFor'

type Props = AdminViewServerProps & { description: string; flag: FlagName; title: string }

/**
 * The admin page of a feature, inside the admin chrome. A user whose offices do not have the
 * feature gets the admin's 404, exactly as if the view did not exist.
 */
export const FeatureView = async ({
  description,
  flag,
  initPageResult,
  params,
  searchParams,
  title,
}: Props) => {
  const { req } = initPageResult
  if (
    !(await featureEnabledFor({ flag, payload: req.payload, user: req.user as ScopedUser | null }))
  )
    notFound()
  return (
    <AdminPage
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title={title}
    >
      <p>{description}</p>
    </AdminPage>
  )
}
