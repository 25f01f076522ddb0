/** Notifications: the one way the product sends e-mail, SMS, in-app messages and letters. */
export { applyDeliveryStatusEvents, type DeliveryStatusResult } from './applyDeliveryStatusEvents'
export {
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  type DeliveryChannel,
  type DeliveryStatus,
} from './constants'
export { deliverNotification } from './deliverNotification'
export {
  DELIVER_NOTIFICATION_TASK,
  deliverNotificationTask,
  retryFailedDeliveries,
} from './deliverNotificationTask'
export { createDeliveryStatusEndpoint, deliveryStatusEndpoint } from './deliveryStatusEndpoint'
export {
  PROVIDER_EVENT_STATUSES,
  type ProviderEvent,
  type ProviderEventStatus,
} from './deliveryStatusTransition'
export { markDeliveryDead } from './markDeliveryDead'
export { sendNotification } from './sendNotification'
export { sendNotifications } from './sendNotifications'
export type { SmsProvider } from './sms/types'
export type { DeliveryRecord, NotificationMessage, SendResult } from './types'
