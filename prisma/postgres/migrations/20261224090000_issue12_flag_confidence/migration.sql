-- AlterTable
ALTER TABLE "Flag" ADD COLUMN     "confidence" DOUBLE PRECISION;

