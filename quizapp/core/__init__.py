"""Qt-free core of quizapp: domain model, storage, scheduler, question formats and operations."""
