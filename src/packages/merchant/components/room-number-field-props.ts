export interface RoomNumberFieldProps {
  value: string
  error?: string
  onChange(value: string): void
}
