package syntax

// match_stmt
func (p *parser) matchStmt() Stmt { return nil }
