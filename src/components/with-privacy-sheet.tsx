// The consent host: wraps a page so WeChat's privacy prompt (onNeedPrivacyAuthorization) has a
// sheet to answer it on that page, whatever the page is showing (loading, error, content).
// Every page whose code can reach a privacy-bound API or component exports its page through
// this (tests/weapp/privacy.test.ts checks it); without a mounted sheet the call is refused.
// Not in app.tsx: on weapp the app component renders outside every page.
import type { ComponentType } from 'react'
import { PrivacySheet } from './privacy-sheet'

export function withPrivacySheet<Props extends object>(Page: ComponentType<Props>): ComponentType<Props> {
  function PageWithPrivacySheet(props: Props) {
    return (
      <>
        <Page {...props} />
        <PrivacySheet />
      </>
    )
  }
  PageWithPrivacySheet.displayName = `WithPrivacySheet(${Page.displayName ?? Page.name})`
  return PageWithPrivacySheet
}
