CREATE TABLE "users" (
  "id" varchar(36) NOT NULL,
  "email" varchar(255) NOT NULL,
  CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
