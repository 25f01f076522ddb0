import type { Config } from 'payload'

import { securityViewPlugin } from './securityViewPlugin'

describe('securityViewPlugin', () => {
  it('should add the view and its link, keeping what the config has', async () => {
    const config = {
      admin: {
        components: {
          afterNavLinks: ['/existing#Link'],
          views: { other: { Component: '/other#View', path: '/other' } },
        },
        user: 'users',
      },
    } as unknown as Config
    const result = await securityViewPlugin()(config)
    const components = result.admin!.components!
    expect(result.admin!.user).toBe('users')
    expect(components.afterNavLinks).toEqual([
      '/existing#Link',
      {
        path: '/src/lib/security/view/SecurityNavLink#SecurityNavLink',
        serverProps: { href: '/security', label: 'Security' },
      },
    ])
    expect(Object.keys(components.views!)).toEqual(['other', 'security'])
    expect(components.views!.security).toMatchObject({
      Component: { path: '/src/lib/security/view/SecurityView#SecurityView' },
      path: '/security',
    })
  })
})
