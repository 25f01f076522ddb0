import { api } from '../helpers/http'

describe('GET /api/health', () => {
  it('should report the database as up and the build version, without authentication', async () => {
    const response = await api('GET', 'health')
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ database: 'up', status: 'ok' })
    expect(typeof response.body.version).toBe('string')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })
})
