import type { AfterErrorHook } from 'payload'

import { clientFaultOf } from './clientFaultOf'

type RootAfterErrorHook = (
  args: Omit<Parameters<AfterErrorHook>[0], 'collection'> & {
    collection?: Parameters<AfterErrorHook>[0]['collection']
  },
) => ReturnType<AfterErrorHook>

/**
 * The root `afterError` hook: an error the database raised about a value the client sent
 * (`clientFaultOf`) is answered 400 with what was wrong, on REST, on custom endpoints and in
 * GraphQL, where Payload would answer 500. The last line of defence behind the checks that refuse
 * such values before any SQL (`guardOperationArgs`, the endpoints' schemas).
 */
export const answerClientFaults: RootAfterErrorHook = ({ error, graphqlResult }) => {
  const message = clientFaultOf(error)
  if (message === null) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        extensions: { ...graphqlResult.extensions, statusCode: 400 },
        message,
      },
    }
  }
  return { response: { errors: [{ message }] }, status: 400 }
}
