CREATE TABLE "users" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "email" varchar(255) NOT NULL,
  "name" varchar(255),
  CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
