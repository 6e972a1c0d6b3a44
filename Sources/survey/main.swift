import SurveyCommandLine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

exit(Tool.main(Array(CommandLine.arguments.dropFirst())))
