CREATE TABLE "media_checks" (
	"image" text NOT NULL,
	"trace_id" text NOT NULL,
	"openid" text NOT NULL,
	"scene" integer NOT NULL,
	"suggest" text,
	"label" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "media_checks_image_trace_id_pk" PRIMARY KEY("image","trace_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "media_checks_trace_idx" ON "media_checks" USING btree ("trace_id");