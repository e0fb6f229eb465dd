module github.com/quicken-py/quicken

go 1.26
