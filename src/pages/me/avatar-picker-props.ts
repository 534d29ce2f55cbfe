export interface AvatarPickerProps {
  avatarUrl: string
  /** A local file the shopper chose (a temporary path on weapp, a blob URL on H5). */
  onPicked(localPath: string): void
}
