DROP INDEX "orders_buyer_seq_idx";--> statement-breakpoint
DROP INDEX "orders_store_status_seq_idx";--> statement-breakpoint
DROP INDEX "entry_codes_store_idx";--> statement-breakpoint
DROP INDEX "comments_target_idx";--> statement-breakpoint
DROP INDEX "comments_store_idx";--> statement-breakpoint
DROP INDEX "live_rooms_store_start_idx";--> statement-breakpoint
DROP INDEX "addresses_openid_idx";--> statement-breakpoint
DROP INDEX "chat_messages_conversation_seq_idx";--> statement-breakpoint
DROP INDEX "conversations_store_last_idx";--> statement-breakpoint
DROP INDEX "conversations_shopper_last_idx";--> statement-breakpoint
DROP INDEX "notifications_store_seq_idx";--> statement-breakpoint
DROP INDEX "coupons_store_seq_idx";--> statement-breakpoint
DROP INDEX "user_coupons_owner_idx";--> statement-breakpoint
CREATE INDEX "orders_store_seq_idx" ON "orders" USING btree ("store_id","seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "orders_buyer_seq_idx" ON "orders" USING btree ("buyer_openid","seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "orders_store_status_seq_idx" ON "orders" USING btree ("store_id","status","seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "entry_codes_store_idx" ON "entry_codes" USING btree ("store_id","seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "comments_target_idx" ON "comments" USING btree ("kind","target_id","status","seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "comments_store_idx" ON "comments" USING btree ("store_id","seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "live_rooms_store_start_idx" ON "live_rooms" USING btree ("store_id","start_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "addresses_openid_idx" ON "addresses" USING btree ("openid","seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "chat_messages_conversation_seq_idx" ON "chat_messages" USING btree ("conversation_id","seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "conversations_store_last_idx" ON "conversations" USING btree ("store_id","last_message_at" DESC NULLS FIRST,"seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "conversations_shopper_last_idx" ON "conversations" USING btree ("shopper_openid","last_message_at" DESC NULLS FIRST,"seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "notifications_store_seq_idx" ON "notifications" USING btree ("store_id","seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "coupons_store_seq_idx" ON "coupons" USING btree ("store_id","seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "user_coupons_owner_idx" ON "user_coupons" USING btree ("openid","store_id","seq" DESC NULLS FIRST);